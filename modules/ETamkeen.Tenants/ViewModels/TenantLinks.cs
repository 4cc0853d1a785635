using ETamkeen.Tenants.Models;
using Microsoft.AspNetCore.Http;

namespace ETamkeen.Tenants.ViewModels;

/// <summary>Where a tenant answers, seen from Default's pages: on its first host name, else under its prefix here.</summary>
public static class TenantLinks
{
    public static string Site(TenantModel tenant, HttpRequest request)
    {
        var prefix = tenant.UrlPrefix.Length == 0 ? "" : tenant.UrlPrefix + "/";
        return tenant.HostNames.Count > 0
            ? $"{request.Scheme}://{tenant.HostNames[0]}/{prefix}"
            : $"{request.PathBase}/{prefix}";
    }

    public static string Admin(TenantModel tenant, HttpRequest request) => Site(tenant, request) + "admin";
}
