using System.Text.Json.Nodes;
using ETamkeen.Media.Models;
using ETamkeen.Media.Services;
using ETamkeen.Recipes;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Media.Recipes;

/// <summary>
/// Orchard's <c>media</c> step: <c>{"name": "media", "Files": [{"TargetPath", "Base64" | "SourcePath" | "SourceUrl"}]}</c>.
/// Base64 content goes through the same checks as an upload and replaces an existing file,
/// as restoring a backup should. Side files and URLs can't be read from here: each is a warning.
/// </summary>
public sealed class MediaStep(MediaStore store, MediaValidator validator, IStringLocalizer<MediaStep> t) : IRecipeStepHandler
{
    public IEnumerable<string> Names => ["media"];

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var files = RecipeParser.Property(context.Step, "Files");
        if (files is not JsonArray list)
        {
            throw new RecipeException(t["A media step holds its files in a {0} array.", "\"Files\""]);
        }

        var writes = new List<MediaWrite>();
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is not JsonObject file)
            {
                throw new RecipeException(t["File {0} is not an object.", i]);
            }

            var targetPath = RecipeParser.String(file, "TargetPath");
            if (store.Normalize(targetPath, allowRoot: false, out var pathError) is not { } path)
            {
                throw new RecipeException(t["File {0} ('{1}'): TargetPath: {2}", i, targetPath ?? "", pathError ?? ""]);
            }

            byte[] bytes;
            if (RecipeParser.String(file, "Base64") is not { Length: > 0 } base64)
            {
                // A shipped recipe's side file, read from its folder only.
                var source = RecipeParser.String(file, "SourcePath") ?? RecipeParser.String(file, "SourceUrl") ?? "";
                if (RecipeFiles.Find(context.RecipeFolder, source) is not { } sideFile)
                {
                    context.Warnings.Add(t["side file '{0}' not available; '{1}' skipped.", source, path]);
                    continue;
                }

                bytes = await File.ReadAllBytesAsync(sideFile, cancellationToken);
            }
            else
            {
                try
                {
                    bytes = Convert.FromBase64String(base64);
                }
                catch (FormatException)
                {
                    throw new RecipeException(t["File {0} ('{1}'): Base64 is not valid base64.", i, path]);
                }
            }

            if (validator.Check(path, bytes.Length, () => new MemoryStream(bytes, writable: false)) is { } refusal)
            {
                throw new RecipeException(t["File {0}: {1}", i, refusal.Message]);
            }

            writes.RemoveAll(w => w.Path == path);
            writes.Add(new MediaWrite(path, () => new MemoryStream(bytes, writable: false)));
        }

        var taken = await store.SaveAsync(writes, overwrite: true, cancellationToken);
        if (taken.Count > 0)
        {
            throw new RecipeException(t["A folder is in the way of: {0}.", string.Join(", ", taken)]);
        }
    }
}
