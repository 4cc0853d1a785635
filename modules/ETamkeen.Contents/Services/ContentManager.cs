using ETamkeen.Contents.Handlers;
using ETamkeen.Contents.Indexes;
using ETamkeen.Contents.Metadata;
using ETamkeen.Data;
using Microsoft.AspNetCore.Http;

namespace ETamkeen.Contents.Services;

/// <summary>
/// Versions as Orchard keeps them: every version is a document with <c>Latest</c> and
/// <c>Published</c> flags. A versionable type keeps every saved version; a draftable one gets a
/// draft beside its published version; otherwise the latest version changes in place. Saving
/// over a version that is no longer the latest is a <see cref="ConcurrencyException"/>.
/// </summary>
public sealed class ContentManager(
    IDocumentSession session,
    IContentDefinitionManager definitions,
    ContentValidator validator,
    ContentQueries queries,
    IEnumerable<IContentEventHandler> events,
    IHttpContextAccessor http) : IContentManager
{
    public async Task<ContentItem> NewAsync(string contentType)
    {
        var type = await definitions.GetTypeAsync(contentType) ?? throw new UnknownContentTypeException(contentType);
        var item = new ContentItem { ContentItemId = ContentIds.New(), ContentType = type.Name };
        foreach (var part in type.Parts)
        {
            item.Part(part.Name);
        }

        return item;
    }

    public Task<ContentResult> CreateAsync(ContentItem item, bool publish) => CreateCoreAsync(item, publish, import: false);

    private async Task<ContentResult> CreateCoreAsync(ContentItem item, bool publish, bool import)
    {
        var type = await TypeOfAsync(item);
        if (string.IsNullOrEmpty(item.ContentItemId))
        {
            item.ContentItemId = ContentIds.New();
        }
        else if (!ContentIds.IsValid(item.ContentItemId) || await queries.LatestAsync(item.ContentItemId) is not null)
        {
            var result = new ContentResult();
            result.Add(nameof(ContentItem.ContentItemId), $"'{item.ContentItemId}' can't be used as a new id.");
            return result;
        }

        var now = DateTime.UtcNow;

        // An import keeps what the source said (Orchard does too); a new item gets fresh values.
        item.ContentItemVersionId = import && ContentIds.IsValid(item.ContentItemVersionId) && await GetVersionAsync(item.ContentItemVersionId) is null
            ? item.ContentItemVersionId
            : ContentIds.New();
        item.CreatedUtc = import ? item.CreatedUtc ?? now : now;
        item.ModifiedUtc = import ? item.ModifiedUtc ?? now : now;
        item.Owner ??= CurrentUserId();
        item.Author ??= CurrentUser();
        item.Latest = true;
        item.Published = publish;
        item.PublishedUtc = publish ? (import ? item.PublishedUtc ?? now : now) : null;
        item.Id = 0;
        item.Version = 0;

        var validated = await ValidateAsync(item, type, previous: null, import);
        if (!validated.Succeeded)
        {
            return validated;
        }

        session.Save(item);
        await session.SaveChangesAsync();
        await RaiseAsync(h => h.CreatedAsync(item));
        if (publish)
        {
            await RaiseAsync(h => h.PublishedAsync(item));
        }

        return new ContentResult { Item = item };
    }

    public async Task<ContentResult> UpdateAsync(ContentItem item, bool publish)
    {
        var latest = await queries.LatestAsync(item.ContentItemId) ?? throw new ContentNotFoundException(item.ContentItemId);
        if (!string.IsNullOrEmpty(item.ContentItemVersionId) && item.ContentItemVersionId != latest.ContentItemVersionId)
        {
            throw new ConcurrencyException($"Version {item.ContentItemVersionId} is not the latest of {item.ContentItemId} any more ({latest.ContentItemVersionId} is).");
        }

        return await SaveVersionAsync(latest, item, publish);
    }

    public async Task<ContentItem?> GetAsync(string contentItemId, VersionOptions options = VersionOptions.Published) => options switch
    {
        VersionOptions.Published => await queries.PublishedAsync(contentItemId),
        _ => await queries.LatestAsync(contentItemId),
    };

    public async Task<ContentItem?> GetVersionAsync(string contentItemVersionId) =>
        (await session.QueryAsync<ContentItem, ContentItemIndex>("i.\"ContentItemVersionId\" = @id", new { id = contentItemVersionId }, take: 1)).FirstOrDefault();

    public Task<IReadOnlyList<ContentItem>> GetVersionsAsync(string contentItemId) =>
        session.QueryAsync<ContentItem, ContentItemIndex>("i.\"ContentItemId\" = @id", new { id = contentItemId }, orderBy: "d.\"Id\" DESC", take: 1000);

    public async Task<ContentResult> PublishAsync(ContentItem item)
    {
        var latest = await queries.LatestAsync(item.ContentItemId) ?? throw new ContentNotFoundException(item.ContentItemId);
        if (latest.Published)
        {
            return new ContentResult { Item = latest };
        }

        await UnpublishOthersAsync(latest);
        latest.Published = true;
        latest.PublishedUtc = DateTime.UtcNow;
        session.Save(latest);
        await session.SaveChangesAsync();
        await RaiseAsync(h => h.PublishedAsync(latest));
        return new ContentResult { Item = latest };
    }

    public async Task UnpublishAsync(ContentItem item)
    {
        if (await queries.PublishedAsync(item.ContentItemId) is not { } published)
        {
            return;
        }

        published.Published = false;
        session.Save(published);
        await session.SaveChangesAsync();
        await RaiseAsync(h => h.UnpublishedAsync(published));
    }

    public async Task RemoveAsync(ContentItem item)
    {
        var versions = await GetVersionsAsync(item.ContentItemId);
        foreach (var version in versions)
        {
            session.Delete(version);
        }

        await session.SaveChangesAsync();
        if (versions.Count > 0)
        {
            await RaiseAsync(h => h.RemovedAsync(versions[0]));
        }
    }

    public async Task<ContentResult> CloneAsync(ContentItem item)
    {
        var source = await queries.LatestAsync(item.ContentItemId) ?? throw new ContentNotFoundException(item.ContentItemId);
        var copy = source.Clone();
        copy.ContentItemId = ContentIds.New();
        copy.Owner = null;

        // A copy needs its own path, alias and translation set.
        copy.Content["AutoroutePart"]?.AsObject().Remove("Path");
        copy.Content["AutoroutePart"]?.AsObject().Remove("PreviousPaths");
        copy.Content["AliasPart"]?.AsObject().Remove("Alias");
        copy.Content["LocalizationPart"]?.AsObject().Remove("LocalizationSet");
        return await CreateAsync(copy, publish: false);
    }

    public async Task<ContentResult> RestoreAsync(string contentItemVersionId, bool publish)
    {
        var version = await GetVersionAsync(contentItemVersionId) ?? throw new ContentNotFoundException(contentItemVersionId);
        var latest = await queries.LatestAsync(version.ContentItemId) ?? throw new ContentNotFoundException(version.ContentItemId);
        var restored = version.Clone();
        restored.ContentItemVersionId = latest.ContentItemVersionId;
        return await SaveVersionAsync(latest, restored, publish, forceNewVersion: true);
    }

    public async Task<ContentResult> ImportAsync(ContentItem item)
    {
        if (!ContentIds.IsValid(item.ContentItemId))
        {
            var invalid = new ContentResult();
            invalid.Add(nameof(ContentItem.ContentItemId), $"'{item.ContentItemId}' is not a content item id.");
            return invalid;
        }

        var latest = await queries.LatestAsync(item.ContentItemId);
        if (latest is null)
        {
            // A recipe says who wrote its items: a given owner and author are kept.
            return await CreateCoreAsync(item, item.Published, import: true);
        }

        // A draft over a published version stays a draft, whatever the type says today.
        var forceNewVersion = latest.Published && !item.Published;
        return await SaveVersionAsync(latest, item, item.Published, forceNewVersion, import: true);
    }

    private async Task<ContentResult> SaveVersionAsync(ContentItem latest, ContentItem changes, bool publish, bool forceNewVersion = false, bool import = false)
    {
        var type = await TypeOfAsync(latest);
        var newVersion = forceNewVersion || type.Versionable || (latest.Published && type.Draftable && !publish);
        var next = newVersion ? changes.Clone() : latest;
        if (!newVersion)
        {
            next.Content = (System.Text.Json.Nodes.JsonObject)changes.Content.DeepClone();
            next.DisplayText = changes.DisplayText;
        }

        var now = DateTime.UtcNow;
        next.ContentItemId = latest.ContentItemId;
        next.ContentType = latest.ContentType;
        next.CreatedUtc = latest.CreatedUtc;
        next.Owner = latest.Owner;
        next.ModifiedUtc = import ? changes.ModifiedUtc ?? now : now;
        next.Author = import ? changes.Author ?? latest.Author : CurrentUser() ?? changes.Author ?? latest.Author;
        next.Latest = true;

        var validated = await ValidateAsync(next, type, latest, import);
        if (!validated.Succeeded)
        {
            return validated;
        }

        var wasPublished = latest.Published;
        if (newVersion)
        {
            next.Id = 0;
            next.Version = 0;
            next.ContentItemVersionId = import && changes.ContentItemVersionId != latest.ContentItemVersionId
                && ContentIds.IsValid(changes.ContentItemVersionId) && await GetVersionAsync(changes.ContentItemVersionId) is null
                ? changes.ContentItemVersionId
                : ContentIds.New();
            next.Published = false;
            next.PublishedUtc = null;
            latest.Latest = false;
            if (publish)
            {
                latest.Published = false;
            }

            session.Save(latest);
        }

        if (publish)
        {
            await UnpublishOthersAsync(next);
            next.Published = true;
            next.PublishedUtc = import ? changes.PublishedUtc ?? now : now;
        }

        session.Save(next);
        await session.SaveChangesAsync();
        await RaiseAsync(h => h.UpdatedAsync(next));
        if (publish)
        {
            await RaiseAsync(h => h.PublishedAsync(next));
        }
        else if (wasPublished && !newVersion && !next.Published)
        {
            await RaiseAsync(h => h.UnpublishedAsync(next));
        }

        return new ContentResult { Item = next };
    }

    private async Task UnpublishOthersAsync(ContentItem keep)
    {
        var published = await session.QueryAsync<ContentItem, ContentItemIndex>(
            "i.\"ContentItemId\" = @id AND i.\"Published\" = @yes", new { id = keep.ContentItemId, yes = true });
        foreach (var other in published.Where(p => p.ContentItemVersionId != keep.ContentItemVersionId))
        {
            other.Published = false;
            session.Save(other);
        }
    }

    private async Task<ContentResult> ValidateAsync(ContentItem item, ContentTypeDefinition type, ContentItem? previous, bool import = false)
    {
        var result = new ContentResult { Item = item };
        await validator.ValidateAsync(new ContentUpdateContext { Item = item, Type = type, Previous = previous, Result = result, IsImport = import });
        return result;
    }

    private async Task<ContentTypeDefinition> TypeOfAsync(ContentItem item) =>
        await definitions.GetTypeAsync(item.ContentType) ?? throw new UnknownContentTypeException(item.ContentType);

    private string? CurrentUser() => http.HttpContext?.User.Identity?.Name;

    // Owner is the account's id, as in Orchard: it survives a change of user name.
    private string? CurrentUserId() => http.HttpContext?.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;

    private async Task RaiseAsync(Func<IContentEventHandler, Task> raise)
    {
        foreach (var handler in events)
        {
            await raise(handler);
        }
    }
}
