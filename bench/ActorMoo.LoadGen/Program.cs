using ActorMoo.LoadGen;

// Entry point: dotnet run -c Release --project bench/ActorMoo.LoadGen -- --connections 10 --duration 30s
// Prints one JSON line on stdout; progress and errors go to stderr. Exit code 1 when any connection failed.
return await LoadGenCommand.Create().Parse(args).InvokeAsync();
