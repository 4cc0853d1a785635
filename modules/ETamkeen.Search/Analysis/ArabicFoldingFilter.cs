using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ETamkeen.Search.Analysis;

/// <summary>Applies <see cref="ArabicFolding"/> to each token; a token left empty is dropped.</summary>
public sealed class ArabicFoldingFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public ArabicFoldingFilter(TokenStream input)
        : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        while (m_input.IncrementToken())
        {
            var length = ArabicFolding.Fold(_term.Buffer, _term.Length);
            if (length > 0)
            {
                _term.Length = length;
                return true;
            }
        }

        return false;
    }
}
