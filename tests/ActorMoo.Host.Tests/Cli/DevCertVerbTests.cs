using System.Security.Cryptography.X509Certificates;
using ActorMoo.Host.Cli;
using ActorMoo.Host.Tests.Support;

namespace ActorMoo.Host.Tests.Cli;

/// <summary><c>actormoo dev-cert</c> writes a certificate the TLS telnet listener can load.</summary>
public sealed class DevCertVerbTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Dev_cert_must_write_a_loadable_self_signed_certificate_for_localhost()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var cli = new CliContext(Support.Hocon.Lookup(null), _directory.Path);

        int exitCode = await ActorMooCommandLine.InvokeAsync(["dev-cert", "--out", "certs/dev.pfx", "--password", "pw"], cli, output, error);

        Assert.Equal((ExitCodes.Success, ""), (exitCode, error.ToString()));
        string path = Path.Combine(_directory.Path, "certs", "dev.pfx");
        using X509Certificate2 certificate = X509CertificateLoader.LoadPkcs12FromFile(path, "pw");
        Assert.Equal("CN=localhost", certificate.Subject);
        Assert.True(certificate.HasPrivateKey);
        Assert.Contains($"actormoo.telnet.certificate-path = \"{path}\"", output.ToString(), StringComparison.Ordinal);
    }
}
