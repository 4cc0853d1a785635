using ETamkeen.Contents.ViewModels;
using ETamkeen.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ETamkeen.Contents.Templates;

public sealed class TemplatedDisplayViewModel
{
    public required ContentDisplayViewModel Default { get; init; }

    /// <summary>The template's sanitised output; null shows the default display.</summary>
    public string? Html { get; init; }

    /// <summary>Shown to administrators only, when the template failed.</summary>
    public bool ShowError { get; init; }
}

/// <summary>
/// The public page of an item whose type has a <c>Content__{Type}</c> template. A failing
/// template gives the default display: visitors see a normal page, administrators also a
/// short notice (the details are in the log).
/// </summary>
public sealed class TemplatedDisplay(TemplateRenderer renderer, IAuthorizationService authorization)
{
    public const string ViewPath = "~/Views/TemplatesAdmin/Display.cshtml";

    /// <summary>The page to show, or null when the default display applies unchanged.</summary>
    public async Task<IActionResult?> DisplayAsync(Controller controller, ContentDisplayViewModel model)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(model);
        var http = controller.HttpContext;
        var rendering = await renderer.RenderAsync("Content__" + model.Item.ContentType, model.Item, http.RequestAborted);
        if (rendering.Html is not null)
        {
            return controller.View(ViewPath, new TemplatedDisplayViewModel { Default = model, Html = rendering.Html });
        }

        if (rendering.Failed && await authorization.HasPermissionAsync(http.User, Permissions.ManageTemplates))
        {
            return controller.View(ViewPath, new TemplatedDisplayViewModel { Default = model, ShowError = true });
        }

        return null;
    }
}
