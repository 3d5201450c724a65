using System.Buffers;

namespace ActorMoo.Net.Telnet;

/// <summary>
/// A write-only stream onto an <see cref="IBufferWriter{T}"/>, so that <c>ZLibStream</c> can
/// compress straight into the connection's pipe. Flush does nothing: the connection's writer loop
/// flushes the pipe itself, asynchronously (the pipe's own stream adapter would block a thread).
/// </summary>
internal sealed class BufferWriterStream(IBufferWriter<byte> target) : Stream
{
    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(ReadOnlySpan<byte> buffer) => target.Write(buffer);

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
