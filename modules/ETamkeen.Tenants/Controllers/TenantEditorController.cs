using ETamkeen.Recipes;
using ETamkeen.Security;
using ETamkeen.Shells;
using ETamkeen.Tenants.ViewModels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ETamkeen.Tenants.Controllers;

/// <summary>
/// Creating a tenant (through <see cref="TenantSetupService"/>, as the API does, so the same rules
/// and messages) and changing its routing. An invalid form comes back with 400 and the errors by field.
/// </summary>
[Permission("ManageTenants")]
[AutoValidateAntiforgeryToken]
[Route("admin/tenants")]
public sealed class TenantEditorController(
    ShellHost host,
    TenantSetupService setup,
    TenantOperations tenants,
    IRecipeCatalog recipes,
    IStringLocalizer<TenantEditorController> t) : Controller
{
    private const string ListAction = nameof(TenantsAdminController.List);
    private const string ListController = "TenantsAdmin";

    [HttpGet("create")]
    public IActionResult Create() =>
        View(CreateModel(new TenantSetupRequest { Recipe = "ministry", DatabaseProvider = DatabaseProviders.Sqlite }));

    [HttpPost("create")]
    public async Task<IActionResult> CreatePost(TenantSetupRequest form, [FromForm(Name = "recipeParameters")] string? recipeParameters)
    {
        // The page offers the shipped recipes only; one field holds the host names, another the
        // recipe's parameters; a connection string counts only for PostgreSQL.
        form.RecipeJson = null;
        form.HostNames = HostList.Split(string.Join(",", form.HostNames ?? []));
        (form.Parameters, var badLines) = RecipeParameterLines.Parse(recipeParameters);
        if (DatabaseProviders.Normalize(form.DatabaseProvider) != DatabaseProviders.Postgres)
        {
            form.ConnectionString = null;
        }

        if (badLines.Count > 0)
        {
            ModelState.AddModelError("recipeParameters", t["Write each parameter as KEY=VALUE on its own line, not: {0}", string.Join(" / ", badLines)]);
            return InvalidCreate(form);
        }

        try
        {
            var (settings, recipe) = await setup.SetupAsync(form, HttpContext.RequestAborted);
            TempData["Notice"] = recipe.Warnings.Count == 0
                ? t["Tenant {0} is created and running.", settings.Name].Value
                : t["Tenant {0} is created and running. The recipe warned: {1}", settings.Name, string.Join(" ", recipe.Warnings)].Value;
            return RedirectToAction(ListAction, ListController, new { q = settings.Name });
        }
        catch (TenantSetupException e)
        {
            AddErrors(e.Errors);
            if (e.Errors.Count == 0)
            {
                // A taken name or route: said next to the field that clashes.
                var field = e.StatusCode != StatusCodes.Status409Conflict ? "" : host.GetSettings(form.Name?.Trim() ?? "") is null ? "urlPrefix" : "name";
                ModelState.AddModelError(field, t[e.Message]);
            }

            return InvalidCreate(form);
        }
    }

    [HttpGet("{name}/edit")]
    public IActionResult Edit(string name) => host.Find(name) is { } tenant
        ? View(new TenantEditViewModel
        {
            Name = tenant.Name,
            IsDefault = tenant.IsDefault,
            UrlPrefix = tenant.RequestUrlPrefix,
            HostNames = HostList.Join(tenant.RequestUrlHosts),
        })
        : NotFound();

    [HttpPost("{name}/edit")]
    public async Task<IActionResult> EditPost(string name, string? urlPrefix, string? hostNames)
    {
        var outcome = await tenants.EditRoutingAsync(name, urlPrefix ?? "", HostList.Split(hostNames), HttpContext.RequestAborted);
        if (outcome.Succeeded)
        {
            TempData["Notice"] = t["Tenant {0} now answers on its new address.", name].Value;
            return RedirectToAction(ListAction, ListController, new { q = name });
        }

        if (outcome.StatusCode == StatusCodes.Status404NotFound)
        {
            return NotFound();
        }

        AddErrors(outcome.Errors);
        if (outcome.Errors is not { Count: > 0 })
        {
            ModelState.AddModelError("urlPrefix", t[outcome.Message!, outcome.Arguments ?? []]);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(nameof(Edit), new TenantEditViewModel { Name = name, IsDefault = host.Find(name)?.IsDefault == true, UrlPrefix = urlPrefix, HostNames = hostNames });
    }

    /// <summary>The kernel's messages by field, translated, beside the inputs of the same name.</summary>
    private void AddErrors(IDictionary<string, string[]>? errors)
    {
        foreach (var (field, messages) in errors ?? new Dictionary<string, string[]>())
        {
            foreach (var message in messages)
            {
                ModelState.AddModelError(field, t[message]);
            }
        }
    }

    private ViewResult InvalidCreate(TenantSetupRequest form)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;

        // Secrets are typed again rather than written back into the page.
        form.AdminPassword = null;
        form.ConnectionString = null;
        return View(nameof(Create), CreateModel(form));
    }

    private TenantCreateViewModel CreateModel(TenantSetupRequest form) => new() { Form = form, Recipes = recipes.List() };
}
