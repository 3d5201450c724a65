using ActorMoo.Scripting.Engine;

namespace ActorMoo.Actors.World.Verbs;

/// <summary>
/// The Lua half of task control, run after <see cref="WorldPrelude"/>: <c>fork(seconds, fn)</c>,
/// <c>suspend</c>, <c>read</c>, <c>queued_tasks</c>, <c>kill_task</c>, <c>resume</c>, and the
/// sandbox's clocks and random numbers routed through logged host calls, so that a task replayed
/// after a restart sees the same times and numbers it saw when it ran.
/// </summary>
public static class TaskPrelude
{
    /// <summary>The chunk name, stripped from errors so they point at the verb, not at the prelude.</summary>
    private const string Name = "task-prelude";

    /// <summary>The prelude to give the <c>ScriptEngine</c> that runs world verbs (after <see cref="WorldPrelude.Prelude"/>).</summary>
    public static LuaPrelude Prelude { get; } = new(Name, Source);

    private const string Source = """
        local api = ...
        local moo = api.host.moo
        local g = api.globals
        local pcall, error, type, tostring, next = pcall, error, type, tostring, next
        local do_fork, fork_end = moo.fork, moo.fork_end

        local function strip(message)
          if type(message) == "string" then
            return (message:gsub("^task%-prelude:%d+: ", ""))
          end
          return message
        end

        -- fork(seconds, fn): fn runs as a new task, seconds after this task commits; returns its id.
        -- The new task is this one replayed up to this call, where it takes the other branch.
        g.fork = function(seconds, fn)
          if type(fn) ~= "function" then error("fork: a function expected as the second argument", 2) end
          local ok, forked = pcall(do_fork, seconds)
          if not ok then error(strip(forked), 2) end
          if not forked[2] then return forked[1] end
          local done, message = pcall(fn)
          fork_end(done, (not done) and tostring(message) or nil)
          error("fork: a forked task cannot start inside a metamethod, iterator or callback", 0)
        end
        g.suspend, g.read = moo.suspend, moo.read
        g.queued_tasks, g.kill_task, g.resume = moo.queued_tasks, moo.kill_task, moo.resume

        -- Clocks and random numbers come from the world, so that replay gives back the same ones.
        local time, clock, random = moo.time, moo.clock, moo.random
        local os_time, os_date, os_difftime = g.os.time, g.os.date, g.os.difftime
        g.os = {
          time = function(t) if t == nil then return time() end return os_time(t) end,
          clock = function() return clock() end,
          date = function(format, t) if t == nil then t = time() end return os_date(format, t) end,
          difftime = os_difftime,
        }
        local math = {}
        for k, v in next, g.math do math[k] = v end
        math.random = function(m, n) return random(m, n) end
        math.randomseed = nil
        g.math = math
        """;
}
