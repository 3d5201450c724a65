-- utils:parse_path(who, text, separator) -> {obj, name} for "obj.prop" (separator ".") or
-- "obj:verb" (separator ":"), the object matched as utils:match does; or a sentence saying why not.
local who, text, separator = ...
local pattern = separator == ":" and "^(.-):([^:]+)$" or "^(.-)%.([^%.]+)$"
local objtext, name = text:match(pattern)
if not objtext or objtext == "" then
  return "Name it as object" .. separator .. "name, e.g. me" .. separator .. (separator == ":" and "greet" or "description") .. "."
end
local obj = this:match(who, objtext)
if type(obj) == "string" then return obj end
return { obj, name }
