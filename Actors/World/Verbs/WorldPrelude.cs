using ActorMoo.Scripting.Engine;

namespace ActorMoo.Actors.World.Verbs;

/// <summary>
/// The Lua half of the verb API, run once per Lua state: gives object references their meaning
/// (<c>obj.prop</c>, <c>obj.prop = v</c>, <c>obj:verb(...)</c>), defines <c>sys</c> and the friendly
/// globals over the <c>moo</c> host table, and hides that table from verbs (its raw <c>move</c> and
/// <c>recycle</c> would skip the <c>accept</c>/<c>exitfunc</c>/<c>enterfunc</c>/<c>recycle</c> hooks).
/// </summary>
public static class WorldPrelude
{
    /// <summary>The chunk name, stripped from errors so they point at the verb, not at the prelude.</summary>
    private const string Name = "world-prelude";

    /// <summary>The prelude to give the <c>ScriptEngine</c> that runs world verbs.</summary>
    public static LuaPrelude Prelude { get; } = new(Name, Source);

    private const string Source = """
        local api = ...
        local moo = api.host.moo
        local raw_index = api.raw.moo.index
        local settle, new_object = api.settle, api.new_object
        local set, call = moo.set, moo.call
        local pcall, error, type, setmetatable = pcall, error, type, setmetatable

        -- Errors raised by host wrappers carry this chunk's position; verbs should see their own.
        local function strip(message)
          if type(message) == "string" then
            return (message:gsub("^world%-prelude:%d+: ", ""))
          end
          return message
        end

        -- obj:name(...): a tail call, so that a refusal is reported at the verb's line.
        local function method(name)
          return function(self, ...)
            return call(self, name, ...)
          end
        end

        local function lookup(o, key)
          local ok, result = raw_index(o, key)
          if ok ~= true then
            local settled
            ok, settled = pcall(settle, ok, result)
            if not ok then error(strip(settled), 2) end
            result = settled
          end
          if result[1] then return result[2] end
          return method(key)
        end

        api.object.__index = lookup
        api.object.__newindex = function(o, key, value)
          local ok, message = pcall(set, o, key, value)
          if not ok then error(strip(message), 2) end
        end

        local valid, has_verb, wizardly, check_move, do_move = moo.valid, moo.has_verb, moo.wizardly, moo.check_move, moo.move

        -- LambdaMOO's move: permission and recursion checks, then where:accept(what) unless the
        -- verb's owner is a wizard, the move itself, then from:exitfunc(what) and where:enterfunc(what).
        local function move(what, where)
          local ok, message = pcall(check_move, what, where)
          if not ok then error(strip(message), 2) end
          if valid(where) and not wizardly() then
            if not has_verb(where, "accept") or not where:accept(what) then
              error("Move refused: " .. tostring(where) .. " does not accept " .. tostring(what) .. ".", 2)
            end
          end
          local from = what.location
          ok, message = pcall(do_move, what, where)
          if not ok then error(strip(message), 2) end
          if valid(from) and has_verb(from, "exitfunc") then from:exitfunc(what) end
          if valid(where) and has_verb(where, "enterfunc") then where:enterfunc(what) end
        end

        -- LambdaMOO's recycle: obj:recycle() runs first (if the object has one), then the object goes.
        local do_recycle = moo.recycle
        local function recycle(obj)
          if valid(obj) and has_verb(obj, "recycle") then obj:recycle() end
          local ok, message = pcall(do_recycle, obj)
          if not ok then error(strip(message), 2) end
        end

        local g = api.globals
        g.moo = {}
        g.sys = setmetatable({}, { __index = function(_, key) return lookup(new_object(0), key) end })
        g.notify, g.tell, g.announce = moo.notify, moo.notify, moo.announce
        g.move, g.create, g.recycle, g.valid = move, moo.create, recycle, valid
        g.parents, g.children, g.is_player, g.is_wizard = moo.parents, moo.children, moo.is_player, moo.is_wizard
        g.task_id, g.set_verb_code, g.verb_code, g.gmcp = moo.task_id, moo.set_verb_code, moo.verb_code, moo.gmcp
        g.properties, g.verbs, g.add_property, g.add_verb = moo.properties, moo.verbs, moo.add_property, moo.add_verb
        g.delete_property, g.clear_property, g.delete_verb = moo.delete_property, moo.clear_property, moo.delete_verb
        g.property_info, g.verb_info = moo.property_info, moo.verb_info
        g.set_property_info, g.set_verb_info, g.verb_args, g.set_verb_args = moo.set_property_info, moo.set_verb_info, moo.verb_args, moo.set_verb_args
        g.players, g.connected_players, g.connected_seconds, g.idle_seconds = moo.players, moo.connected_players, moo.connected_seconds, moo.idle_seconds
        g.boot_player, g.set_player_flag, g.is_programmer = moo.boot_player, moo.set_player_flag, moo.is_programmer
        g.terminal = moo.terminal
        g.set_task_perms, g.toobj = moo.set_task_perms, new_object
        """;
}
