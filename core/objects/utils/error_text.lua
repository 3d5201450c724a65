-- utils:error_text(message) -> a caught error without the "#12:verb:3: " position in front:
-- what a player should read when a command is refused ("Permission denied: ...").
local message = ...
message = tostring(message)
return (message:gsub("^#%-?%d+:[^:]*:%d+: ", ""))
