using ETamkeen.Contents.Services;
using ETamkeen.Data;
using ETamkeen.Library.Models;
using ETamkeen.Shells;

namespace ETamkeen.Library.Migrations;

/// <summary>
/// The library's content-definition migration, Orchard's data migration in spirit: FluentMigrator
/// migrations can't reach the tenant's services, so these steps run when the shell starts, once
/// per tenant, numbered in a document. Step 1 defines the types and the part (as data, in the
/// <c>ContentDefinition</c> step's shape, so administrators can change them later) and creates the
/// two taxonomies with fixed ids that recipes refer to.
/// </summary>
public sealed class LibraryContentDefinitionMigrations(IDocumentSession session, ModuleContentSetup setup) : IShellActivationHandler
{
    private const int Latest = 1;

    public async Task ActivatedAsync(CancellationToken cancellationToken)
    {
        var state = await session.FirstOrDefaultAsync<LibraryMigrationsDocument>(cancellationToken) ?? new LibraryMigrationsDocument();
        if (state.Applied >= Latest)
        {
            return;
        }

        await setup.DefineAsync(typeof(LibraryContentDefinitionMigrations).Assembly, "ETamkeen.Library.LibraryContentDefinition.json");
        await setup.CreateTaxonomyAsync(LibraryContent.AxesTaxonomyId, LibraryContent.AxesAlias, "Axes de la bibliothèque", "bibliotheque/axes", "LibraryTerm", LibraryAxes.Terms);
        await setup.CreateTaxonomyAsync(LibraryContent.TagsTaxonomyId, LibraryContent.TagsAlias, "Mots-clés de la bibliothèque", "bibliotheque/mots-cles", "LibraryTerm", []);

        state.Applied = Latest;
        session.Save(state);
        await session.SaveChangesAsync(cancellationToken);
    }
}
