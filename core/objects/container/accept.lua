-- container:accept(what) -> true: a container takes anything put in it. Override it to be choosy.
return true
