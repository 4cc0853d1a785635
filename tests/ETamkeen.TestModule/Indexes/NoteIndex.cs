using ETamkeen.Data;
using ETamkeen.TestModule.Models;

namespace ETamkeen.TestModule.Indexes;

public sealed class NoteIndex : MapIndex
{
    public string Title { get; set; } = "";
}

public sealed class NoteIndexProvider : IndexProvider<Note, NoteIndex>
{
    protected override IEnumerable<NoteIndex> Map(Note note) => [new NoteIndex { Title = note.Title }];
}
