using ETamkeen.Api;
using ETamkeen.Media.Models;
using ETamkeen.Media.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ETamkeen.Media.Endpoints;

/// <summary>
/// <c>POST /api/media?folder=&amp;overwrite=</c> with multipart/form-data. Every file is checked
/// before any is stored, so a batch lands whole or not at all; the refusal lists each file
/// and why. An existing name is kept unless <c>overwrite=true</c>.
/// </summary>
internal static class MediaUploadEndpoint
{
    public static async Task<IResult> UploadAsync(
        HttpContext context,
        MediaStore store,
        MediaValidator validator,
        IOptions<MediaOptions> options,
        string? folder,
        bool? overwrite,
        CancellationToken cancellationToken)
    {
        var limits = options.Value;
        var t = context.RequestServices.GetRequiredService<IStringLocalizerFactory>().Create(typeof(MediaUploadEndpoint));
        if (store.Normalize(folder, allowRoot: true, out var folderError) is not { } target)
        {
            return ApiRoutes.Invalid("folder", folderError!);
        }

        var request = context.Request;
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType) || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return ApiRoutes.Problem(StatusCodes.Status415UnsupportedMediaType, t["Send the files as multipart/form-data."]);
        }

        if (request.ContentLength > limits.MaxRequestSize)
        {
            return TooLarge(limits, t);
        }

        // The server's own limit (Kestrel: 30 MB) would cut uploads the media options allow.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limits.MaxRequestSize;
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = limits.MaxRequestSize }, cancellationToken);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(limits, t);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException or IOException)
        {
            return ApiRoutes.Invalid("files", t["The multipart body could not be read: {0}", e.Message]);
        }

        if (form.Files.Count == 0)
        {
            return ApiRoutes.Invalid("files", t["The request holds no file."]);
        }

        if (form.Files.Count > limits.MaxFilesPerRequest)
        {
            return ApiRoutes.Invalid("files", t["At most {0} files per request.", limits.MaxFilesPerRequest]);
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var tooLarge = false;
        var writes = new List<MediaWrite>();
        foreach (var file in form.Files)
        {
            var key = string.IsNullOrEmpty(file.FileName) ? file.Name : file.FileName;
            var refusal = Check(file, target, store, validator, writes, t, out var path);
            if (refusal is not null)
            {
                errors[key] = [refusal.Message];
                tooLarge |= refusal.TooLarge;
            }
            else
            {
                writes.Add(new MediaWrite(path!, file.OpenReadStream));
            }
        }

        if (errors.Count > 0)
        {
            var title = errors.Count == 1 && form.Files.Count == 1
                ? t["The file was refused."].Value
                : t["{0} of {1} files were refused; none was stored.", errors.Count, form.Files.Count].Value;
            return Results.ValidationProblem(errors, title: title, statusCode: tooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest);
        }

        var taken = await store.SaveAsync(writes, overwrite == true, cancellationToken);
        if (taken.Count > 0)
        {
            return ApiRoutes.Problem(StatusCodes.Status409Conflict,
                t["Already there: {0}. Nothing was stored; send overwrite=true to replace files.", string.Join(", ", taken)]);
        }

        return Results.Json(writes.Select(w => MediaApi.Describe(store.GetFile(w.Path)!, request)).ToList(), statusCode: StatusCodes.Status201Created);
    }

    private static MediaRefusal? Check(IFormFile file, string folder, MediaStore store, MediaValidator validator, List<MediaWrite> accepted, IStringLocalizer t, out string? path)
    {
        path = null;
        if (string.IsNullOrEmpty(file.FileName))
        {
            return new(t["This part has no file name."]);
        }

        if (file.FileName.Contains('/', StringComparison.Ordinal))
        {
            return new(t["'{0}': a file name can't hold a folder; use the folder parameter.", file.FileName]);
        }

        if (store.Normalize(MediaPath.Combine(folder, file.FileName), allowRoot: false, out var error) is not { } normalized)
        {
            return new($"'{file.FileName}': {error}");
        }

        if (accepted.Any(w => w.Path == normalized))
        {
            return new(t["'{0}' is sent twice.", file.FileName]);
        }

        path = normalized;
        return validator.Check(normalized, file.Length, file.OpenReadStream);
    }

    private static IResult TooLarge(MediaOptions limits, IStringLocalizer t) => ApiRoutes.Problem(
        StatusCodes.Status413PayloadTooLarge,
        t["The request is too large: at most {0} MB in all, {1} MB per file.", limits.MaxRequestSize / 1024 / 1024, limits.MaxFileSize / 1024 / 1024]);
}
