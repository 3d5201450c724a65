using System.CommandLine;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace ActorMoo.Host.Cli;

/// <summary>
/// <c>actormoo dev-cert</c>: writes a self-signed certificate for <c>localhost</c> and
/// <c>127.0.0.1</c> (valid one year) as a PFX file, for trying the TLS telnet port. Clients will
/// warn that nobody vouches for it; use a real certificate on a public server.
/// </summary>
internal static class DevCertVerb
{
    /// <summary>Creates the verb.</summary>
    public static Command Create(CliContext cli)
    {
        var path = new Option<string>("--out") { Description = "Where to write the PFX file", DefaultValueFactory = _ => "data/dev-cert.pfx" };
        var password = new Option<string>("--password") { Description = "Password of the PFX file (empty: none)", DefaultValueFactory = _ => "" };
        var command = new Command("dev-cert", "Create a self-signed development certificate for the TLS telnet port") { path, password };
        command.SetAction(parseResult => Run(
            Path.GetFullPath(parseResult.GetValue(path)!, cli.CreateConfigurationContext(parseResult).WorkingDirectory),
            parseResult.GetValue(password) ?? "",
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string path, string password, TextWriter output, TextWriter error)
    {
        try
        {
            using RSA key = RSA.Create(2048);
            var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            var names = new SubjectAlternativeNameBuilder();
            names.AddDnsName("localhost");
            names.AddIpAddress(IPAddress.Loopback);
            names.AddIpAddress(IPAddress.IPv6Loopback);
            request.CertificateExtensions.Add(names.Build());
            request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
            using X509Certificate2 certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddYears(1));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password.Length == 0 ? null : password));
            output.WriteLine($"Wrote a self-signed certificate for localhost to {path}.");
            output.WriteLine("Use it with, in hocon/actormoo.conf:");
            output.WriteLine($"  actormoo.telnet.certificate-path = \"{path}\"");
            if (password.Length > 0)
            {
                output.WriteLine("  actormoo.telnet.certificate-password = \"<the password>\"");
            }

            return ExitCodes.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CryptographicException)
        {
            error.WriteLine($"Could not write the certificate to {path}: {e.Message}");
            return ExitCodes.Failure;
        }
    }
}
