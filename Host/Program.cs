namespace ActorMoo.Host;
/// <summary>Entry point placeholder; replaced by the host skeleton.</summary>
public static class Program { /// <summary>Runs the host.</summary>
public static int Main() => 0; }
