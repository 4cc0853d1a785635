using ETamkeen.Data;

namespace ETamkeen.TestModule.Models;

[DocumentType("Note")]
public sealed class Note : IDocument
{
    public long Id { get; set; }
    public int Version { get; set; }
    public string Title { get; set; } = "";
}
