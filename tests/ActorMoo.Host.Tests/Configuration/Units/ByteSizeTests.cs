using ActorMoo.Host.Configuration.Units;

namespace ActorMoo.Host.Tests.Configuration.Units;

public class ByteSizeTests
{
    [Theory]
    [InlineData("512", 512)]
    [InlineData("10B", 10)]
    [InlineData("10 b", 10)]
    [InlineData("1 byte", 1)]
    [InlineData("3 bytes", 3)]
    [InlineData("512K", 512 * 1024)]
    [InlineData("512k", 512 * 1024)]
    [InlineData("2Ki", 2048)]
    [InlineData("2KiB", 2048)]
    [InlineData("2 kibibytes", 2048)]
    [InlineData("1kB", 1000)]
    [InlineData("1KB", 1000)]
    [InlineData("1 kilobyte", 1000)]
    [InlineData("64M", 64L << 20)]
    [InlineData("64m", 64L << 20)]
    [InlineData("64MiB", 64L << 20)]
    [InlineData("10MB", 10_000_000)]
    [InlineData("2 megabytes", 2_000_000)]
    [InlineData("1.5G", 3L << 29)]
    [InlineData("1GiB", 1L << 30)]
    [InlineData("1 gibibyte", 1L << 30)]
    [InlineData("3GB", 3_000_000_000)]
    [InlineData("1T", 1L << 40)]
    [InlineData("1TB", 1_000_000_000_000)]
    [InlineData("1PiB", 1L << 50)]
    [InlineData("2EB", 2_000_000_000_000_000_000)]
    public void Every_unit_of_the_spec_must_parse(string text, long bytes) =>
        Assert.Equal(bytes, ByteSize.Parse(text).Bytes);

    [Theory]
    [InlineData("10 parsecs", "not a size unit")]
    [InlineData("10 mB", "not a size unit")]
    [InlineData("K", "not a size")]
    [InlineData("lots", "not a size")]
    [InlineData("9Y", "too large")]
    public void Bad_sizes_must_be_rejected_with_a_reason(string text, string reason)
    {
        Assert.False(ByteSize.TryParse(text, out _, out string? error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => ByteSize.Parse(text));
    }

    [Theory]
    [InlineData("65536", "64KiB")]
    [InlineData("10MB", "10MB")]
    [InlineData("1500", "1500B")]
    [InlineData("0", "0B")]
    [InlineData("2G", "2GiB")]
    public void Rendering_uses_the_largest_exact_unit_and_reads_back(string text, string rendered)
    {
        ByteSize size = ByteSize.Parse(text);
        Assert.Equal(rendered, size.ToString());
        Assert.Equal(size, ByteSize.Parse(rendered));
    }

    [Fact]
    public void The_configuration_binder_must_read_sizes()
    {
        IConfiguration configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([KeyValuePair.Create<string, string?>("Limit", "16MiB")]).Build();
        Assert.Equal(ByteSize.FromMebibytes(16), configuration.Get<Holder>()!.Limit);
        Assert.True(ByteSize.FromKibibytes(1) > ByteSize.Parse("1000"));
    }

    private sealed class Holder
    {
        public ByteSize Limit { get; set; }
    }
}
