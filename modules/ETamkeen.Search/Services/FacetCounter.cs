using ETamkeen.Search.Models;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ETamkeen.Search.Services;

/// <summary>
/// Counts the facet values of every hit from the facets' doc values, segment by segment: values
/// are counted by ordinal and turned into text once per segment, not once per hit.
/// </summary>
public sealed class FacetCounter(IReadOnlyList<string> names) : ICollector
{
    private readonly Dictionary<string, Dictionary<string, long>> _counts =
        names.ToDictionary(n => n, _ => new Dictionary<string, long>(StringComparer.Ordinal), StringComparer.Ordinal);

    private readonly SortedSetDocValues?[] _values = new SortedSetDocValues?[names.Count];
    private readonly long[]?[] _ordinals = new long[]?[names.Count];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        for (var i = 0; i < names.Count; i++)
        {
            var values = context.AtomicReader.GetSortedSetDocValues(IndexFields.Facet(names[i]));
            _values[i] = values;
            _ordinals[i] = values is null ? null : new long[values.ValueCount];
        }
    }

    public void Collect(int doc)
    {
        for (var i = 0; i < _values.Length; i++)
        {
            if (_values[i] is not { } values)
            {
                continue;
            }

            values.SetDocument(doc);
            long ordinal;
            while ((ordinal = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                _ordinals[i]![ordinal]++;
            }
        }
    }

    /// <summary>The counts of each facet, most frequent first, at most <paramref name="top"/> values each.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Result(int top)
    {
        Flush();
        return _counts.ToDictionary(
            c => c.Key,
            c => (IReadOnlyList<FacetValue>)[.. c.Value.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal).Take(top).Select(v => new FacetValue(v.Key, v.Value))],
            StringComparer.Ordinal);
    }

    private void Flush()
    {
        var text = new BytesRef();
        for (var i = 0; i < _values.Length; i++)
        {
            if (_values[i] is not { } values || _ordinals[i] is not { } ordinals)
            {
                continue;
            }

            var counts = _counts[names[i]];
            for (var ordinal = 0; ordinal < ordinals.Length; ordinal++)
            {
                if (ordinals[ordinal] > 0)
                {
                    values.LookupOrd(ordinal, text);
                    var value = text.Utf8ToString();
                    counts[value] = counts.GetValueOrDefault(value) + ordinals[ordinal];
                }
            }

            _values[i] = null;
            _ordinals[i] = null;
        }
    }
}
