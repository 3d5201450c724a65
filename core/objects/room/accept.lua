-- room:accept(what) -> true: anything may be moved into a room. Override it to keep things out.
return true
