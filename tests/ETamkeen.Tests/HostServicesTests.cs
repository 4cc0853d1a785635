using ETamkeen.Shells;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.Razor.Compilation;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace ETamkeen.Tests;

/// <summary>What a tenant container shares with the host, and what it must own.</summary>
public sealed class HostServicesTests
{
    private static (HostServices Shared, IServiceProvider Host) Build()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Services.AddControllersWithViews();
        var app = builder.Build();
        return (new HostServices(builder.Services, () => app.Services), app.Services);
    }

    [Fact]
    public void Compiled_views_and_application_parts_are_the_host_instances()
    {
        var (shared, host) = Build();
        var views = shared.Descriptors.Single(d => d.ServiceType == typeof(IViewCompilerProvider));
        Assert.Same(host.GetRequiredService<IViewCompilerProvider>(), views.ImplementationInstance);
        var parts = shared.Descriptors.Single(d => d.ServiceType == typeof(ApplicationPartManager));
        Assert.Same(host.GetRequiredService<ApplicationPartManager>(), parts.ImplementationInstance);
    }

    [Fact]
    public void Action_descriptors_which_carry_cached_filters_are_per_tenant()
    {
        var (shared, _) = Build();
        Assert.All(shared.Descriptors.Where(d => d.ServiceType == typeof(IActionDescriptorCollectionProvider)), d => Assert.Null(d.ImplementationInstance));
    }

    [Fact]
    public void Keys_antiforgery_and_their_dependants_are_left_to_the_tenant()
    {
        var (shared, _) = Build();
        Assert.DoesNotContain(shared.Descriptors, d => d.ServiceType == typeof(IDataProtectionProvider));
        Assert.DoesNotContain(shared.Descriptors, d => d.ServiceType == typeof(IAntiforgery));
        Assert.DoesNotContain(shared.Descriptors, d => d.ServiceType == typeof(EndpointDataSource));

        // The HTML generator writes antiforgery tokens and the link generator reads endpoints: rebuilt per tenant.
        Assert.All(shared.Descriptors.Where(d => d.ServiceType == typeof(IHtmlGenerator)), d => Assert.Null(d.ImplementationInstance));
        Assert.All(shared.Descriptors.Where(d => d.ServiceType == typeof(LinkGenerator)), d => Assert.Null(d.ImplementationInstance));
    }

    [Fact]
    public void The_cache_of_reusable_filters_and_the_invokers_using_it_are_per_tenant()
    {
        var (shared, _) = Build();
        var cache = shared.Descriptors.Single(d => d.ServiceType.FullName == "Microsoft.AspNetCore.Mvc.Infrastructure.ControllerActionInvokerCache");
        Assert.Null(cache.ImplementationInstance);
        Assert.All(shared.Descriptors.Where(d => d.ServiceType == typeof(IActionInvokerProvider)), d => Assert.Null(d.ImplementationInstance));
    }

    [Fact]
    public void The_descriptors_are_computed_once_for_every_tenant()
    {
        var (shared, _) = Build();
        Assert.Same(shared.Descriptors, shared.Descriptors);
    }
}
