using System.Net.Mail;
using ETamkeen.Data;
using ETamkeen.Recipes;
using ETamkeen.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ETamkeen.Shells;

/// <summary>
/// Creates a tenant all or nothing: checks the request, reserves the name, creates the
/// database, runs the recipe and the setup handlers, then saves the tenant as Running.
/// Any failure removes the database, the folder and the reservation.
/// </summary>
public sealed class TenantSetupService(
    ShellHost host,
    IRecipeExecutor executor,
    IRecipeCatalog recipes,
    AppDataPaths paths,
    ILogger<TenantSetupService> logger)
{
    public async Task<(ShellSettings Settings, RecipeResult Recipe)> SetupAsync(TenantSetupRequest request, CancellationToken cancellationToken = default)
    {
        var settings = new ShellSettings
        {
            Name = request.Name?.Trim() ?? "",
            State = TenantState.Initializing,
            RequestUrlPrefix = TenantOperations.NormalizePrefix(request.UrlPrefix),
            RequestUrlHosts = TenantOperations.NormalizeHosts(request.HostNames),
            DatabaseProvider = string.IsNullOrWhiteSpace(request.DatabaseProvider) ? DatabaseProviders.Sqlite : request.DatabaseProvider.Trim(),
            ConnectionString = request.ConnectionString?.Trim() ?? "",
        };
        var errors = ShellSettingsValidator.Validate(settings);
        ValidateAdmin(request, errors);
        var recipe = request.RecipeJson;
        string? recipeFolder = null;
        if (string.IsNullOrWhiteSpace(recipe))
        {
            recipe = string.IsNullOrWhiteSpace(request.Recipe) ? null : recipes.Read(request.Recipe);
            recipeFolder = recipe is null ? null : recipes.FolderOf(request.Recipe!);
            if (recipe is null)
            {
                errors["recipe"] = [string.IsNullOrWhiteSpace(request.Recipe)
                    ? "Give a recipe name or a recipe's JSON."
                    : $"No recipe named '{request.Recipe}'. Known: {string.Join(", ", recipes.List().Select(r => r.Name))}."];
            }
        }

        if (errors.Count > 0)
        {
            throw new TenantSetupException(StatusCodes.Status400BadRequest, "The tenant can't be created as asked.", errors);
        }

        settings.DatabaseProvider = DatabaseProviders.Normalize(settings.DatabaseProvider);
        if (settings.DatabaseProvider == DatabaseProviders.Postgres)
        {
            settings.Schema = "etk_" + settings.Name.ToLowerInvariant();
        }

        if (await host.TryReserveAsync(settings, cancellationToken) is { } conflict)
        {
            throw new TenantSetupException(StatusCodes.Status409Conflict,
                string.Equals(conflict, settings.Name, StringComparison.OrdinalIgnoreCase)
                    ? $"A tenant named '{settings.Name}' already exists."
                    : $"Tenant '{conflict}' already answers on that prefix and host.");
        }

        try
        {
            // A folder without a tenant is what an interrupted setup left: it is not anyone's data.
            await TenantDatabase.DropAsync(settings, paths, cancellationToken);
            await TenantDatabase.CreateAsync(TenantDatabase.For(settings, paths), cancellationToken);
            var parameters = Parameters(request);
            var result = await executor.ExecuteAsync(settings.Name, recipe!, parameters, recipeFolder, cancellationToken);
            await RunSetupHandlersAsync(settings.Name, request, parameters, cancellationToken);

            settings.State = TenantState.Running;
            await host.SaveAsync(settings, cancellationToken);
            logger.LogInformation("Tenant {Tenant} set up from recipe {Recipe}", settings.Name, result.RecipeName);
            return (settings, result);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Setup of tenant {Tenant} failed; removing what it made", settings.Name);
            await host.RemoveAsync(settings.Name, CancellationToken.None);
            await TenantDatabase.DropAsync(settings, paths, CancellationToken.None);
            throw e switch
            {
                RecipeException r => new TenantSetupException(StatusCodes.Status400BadRequest, r.Message, new Dictionary<string, string[]>
                {
                    ["recipe"] = [r.Message],
                }),
                ShellUnavailableException u => new TenantSetupException(StatusCodes.Status400BadRequest, u.Reason),
                TenantSetupException => e,
                OperationCanceledException => e,
                _ => new TenantSetupException(StatusCodes.Status400BadRequest, $"The tenant could not be set up: {e.GetBaseException().Message}"),
            };
        }
    }

    private async Task RunSetupHandlersAsync(string tenant, TenantSetupRequest request, IReadOnlyDictionary<string, string?> parameters, CancellationToken cancellationToken)
    {
        var shell = await host.AcquireAsync(tenant, cancellationToken);
        try
        {
            await using var scope = shell.Services.CreateAsyncScope();
            foreach (var handler in scope.ServiceProvider.GetServices<ITenantSetupHandler>())
            {
                await handler.SetupAsync(request, parameters, cancellationToken);
            }
        }
        finally
        {
            await shell.ReleaseLeaseAsync();
        }
    }

    private static Dictionary<string, string?> Parameters(TenantSetupRequest request)
    {
        var result = new Dictionary<string, string?>(request.Parameters ?? [], StringComparer.OrdinalIgnoreCase)
        {
            ["SiteName"] = request.SiteName,
            ["AdminUserName"] = request.AdminUserName,
            ["AdminEmail"] = request.AdminEmail,

            // The names Orchard's recipes use for the account they attribute content to.
            ["AdminUsername"] = request.AdminUserName,
            ["AdminUserId"] = Recipes.Scripting.OrchardId.New(),
            ["TenantName"] = request.Name,
        };
        return result;
    }

    private static void ValidateAdmin(TenantSetupRequest request, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(request.AdminUserName) || request.AdminUserName.Length > 100)
        {
            errors["adminUserName"] = ["An administrator user name is required (at most 100 characters)."];
        }

        if (string.IsNullOrWhiteSpace(request.AdminEmail) || !MailAddress.TryCreate(request.AdminEmail, out _))
        {
            errors["adminEmail"] = ["A valid administrator e-mail address is required."];
        }

        if (AdminPasswordPolicy.Check(request.AdminPassword) is { } problem)
        {
            errors["adminPassword"] = [problem];
        }
    }
}
