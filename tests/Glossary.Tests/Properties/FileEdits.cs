namespace Glossary.Tests.Properties;

// Edits that break files the way files break: bytes cut out, random bytes put in, bytes overwritten, the file
// truncated, a stretch repeated.
internal static class FileEdits
{
    public static byte[] Apply(byte[] original, int edits, Random random)
    {
        var bytes = original.ToList();
        for (var k = 0; k < edits && bytes.Count > 0; k++)
        {
            var at = random.Next(bytes.Count);
            var length = Math.Min(random.Next(1, 8), bytes.Count - at);
            switch (random.Next(5))
            {
                case 0:
                    bytes.RemoveRange(at, length);
                    break;
                case 1:
                    bytes.InsertRange(at, Enumerable.Range(0, length).Select(_ => (byte)random.Next(256)));
                    break;
                case 2:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 3:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                default:
                    bytes.InsertRange(at, bytes.GetRange(at, length));
                    break;
            }
        }

        return [.. bytes];
    }
}
