using System.Buffers;

namespace Glossary.IO;

// An embedded resource as memory, without a copy: the runtime maps the assembly's image, and a manifest resource
// stream is a view of it that stays valid for the life of the process (the assembly is never unloaded). The prepared
// forms are read straight from there: CC-CEDICT's (10 MB, its trie later, on first annotation), the spin word model's
// and the spin tables.
internal sealed unsafe class ResourceMemory : MemoryManager<byte>
{
    private readonly byte* _start;
    private readonly int _length;

    private ResourceMemory(byte* start, int length)
    {
        _start = start;
        _length = length;
    }

    /// <summary>The resource's bytes; a build without the resource is broken, and says which one is missing.</summary>
    public static ReadOnlyMemory<byte> Of(System.Reflection.Assembly assembly, string name)
    {
        switch (assembly.GetManifestResourceStream(name))
        {
            case null:
                throw new InvalidOperationException($"The resource {name} is missing from the assembly.");
            case UnmanagedMemoryStream mapped:
                return new ResourceMemory(mapped.PositionPointer, checked((int)mapped.Length)).Memory;
            case var other:
                // Not mapped (a host that loads assemblies from bytes): one copy then.
                using (other)
                {
                    using var buffer = new MemoryStream();
                    other.CopyTo(buffer);
                    return buffer.ToArray();
                }
        }
    }

    public override Span<byte> GetSpan() => new(_start, _length);

    public override MemoryHandle Pin(int elementIndex = 0) => new(_start + elementIndex);

    public override void Unpin()
    {
    }

    protected override void Dispose(bool disposing)
    {
    }
}
