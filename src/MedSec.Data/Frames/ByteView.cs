using System.Buffers;
using System.Runtime.InteropServices;

namespace MedSec.Data.Frames;

/// <summary>
/// The first <paramref name="length"/> elements of a typed array seen as bytes, so that a DataFrame column shares the
/// pipeline's array (Arrow buffers are bytes) instead of copying it. DataFrame treats such a buffer as read-only and copies
/// it before any write.
/// </summary>
internal sealed class ByteView<T>(T[] array, int length) : MemoryManager<byte> where T : unmanaged
{
    public static ReadOnlyMemory<byte> Of(T[] array, int length) => new ByteView<T>(array, length).Memory;

    public override Span<byte> GetSpan() => MemoryMarshal.AsBytes(array.AsSpan(0, length));

    public override unsafe MemoryHandle Pin(int elementIndex = 0)
    {
        var handle = GCHandle.Alloc(array, GCHandleType.Pinned);
        return new MemoryHandle((byte*)handle.AddrOfPinnedObject() + elementIndex, handle);
    }

    public override void Unpin()
    {
    }

    protected override void Dispose(bool disposing)
    {
    }
}
