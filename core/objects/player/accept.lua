-- player:accept(what) -> true: players can be handed anything.
return true
