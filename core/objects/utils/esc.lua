-- utils:esc(text) -> text made safe to put into markup (docs/markup.md): every "{" doubled, so
-- that what a player typed or named is shown exactly as typed and can never become a tag.
local text = ...
return (tostring(text):gsub("{", "{{"))
