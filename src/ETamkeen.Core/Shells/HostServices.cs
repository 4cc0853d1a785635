using System.Reflection;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ETamkeen.Shells;

/// <summary>
/// The host's services as a tenant container sees them. Host singletons are handed over as
/// the host's own instances, so MVC, Razor's compiled views, routing and logging exist once
/// per process and a tenant costs only its own services. Exceptions, rebuilt per tenant:
/// open generics (options, loggers), keyed services, the services a tenant must own
/// (data protection, antiforgery, authentication, authorization), and every singleton that
/// depends on a tenant's keys or endpoints, found by walking constructors. Authentication and
/// authorization don't spread that way: under endpoint routing MVC's singletons never use
/// the host's policy provider (the tenant's authorization middleware reads endpoint metadata),
/// and tainting them would rebuild all of MVC in every tenant.
/// </summary>
public sealed class HostServices
{
    private static readonly string[] KeyedNamespaces =
    [
        "Microsoft.AspNetCore.DataProtection",
        "Microsoft.AspNetCore.Antiforgery",
    ];

    private static readonly string[] TenantOwnedNamespaces =
    [
        .. KeyedNamespaces,
        "Microsoft.AspNetCore.Authentication",
        "Microsoft.AspNetCore.Authorization",
    ];

    // Routing's endpoint sources: a tenant's endpoints must not join the host's list (nor each other's).
    private static readonly HashSet<Type> TenantOwnedTypes = [typeof(EndpointDataSource), typeof(ICollection<EndpointDataSource>)];

    // Host singletons that must still be one per tenant:
    // - MVC stores its invoker cache, reusable filter instances included, on each action
    //   descriptor; a filter holds the services of the tenant it was first built in (an
    //   antiforgery or temp-data filter with that tenant's keys), so each tenant gets its own
    //   action descriptors. Compiled views and application parts stay shared.
    // - routing keeps every endpoint builder and matcher it was given: shared, they would keep
    //   every released tenant's container alive.
    private static readonly HashSet<string> PerTenantTypeNames =
    [
        "Microsoft.AspNetCore.Mvc.Infrastructure.IActionDescriptorCollectionProvider",
        "Microsoft.AspNetCore.Mvc.Infrastructure.ControllerActionInvokerCache",
        "Microsoft.AspNetCore.Mvc.Infrastructure.OrderedEndpointsSequenceProviderCache",
        "Microsoft.AspNetCore.Routing.Matching.MatcherFactory",
    ];

    private readonly IServiceCollection _hostCollection;
    private readonly Lazy<IReadOnlyList<ServiceDescriptor>> _descriptors;

    public HostServices(IServiceCollection hostCollection, Func<IServiceProvider> hostProvider)
    {
        _hostCollection = hostCollection;
        _descriptors = new Lazy<IReadOnlyList<ServiceDescriptor>>(() => Compute(hostProvider()));
    }

    /// <summary>Computed once, then the same descriptor objects go into every tenant.</summary>
    public IReadOnlyList<ServiceDescriptor> Descriptors => _descriptors.Value;

    private IReadOnlyList<ServiceDescriptor> Compute(IServiceProvider host)
    {
        var all = _hostCollection.ToList();
        var taintSources = all.Where(d => IsKeyed(d.ServiceType) || PerTenantTypeNames.Contains(d.ServiceType.FullName ?? "")).Select(d => d.ServiceType).ToHashSet();
        var dependsOnTenant = DependantsOf(taintSources, all);

        var result = new List<ServiceDescriptor>(all.Count);
        foreach (var group in all.GroupBy(d => d.ServiceType))
        {
            var descriptors = group.ToList();
            var keep = descriptors.Select(d => !IsDropped(d)).ToList();
            var share = descriptors.Select((d, i) => keep[i] && IsShareable(d, dependsOnTenant)).ToList();
            List<object?>? instances = null;
            if (share.Contains(true))
            {
                try
                {
                    // Positional: GetServices returns one instance per registration, in order.
                    instances = [.. host.GetServices(group.Key)];
                }
                catch (InvalidOperationException)
                {
                    // A scoped registration among them can't be resolved from the root: rebuild per tenant.
                }
            }

            for (var i = 0; i < descriptors.Count; i++)
            {
                if (!keep[i])
                {
                    continue;
                }

                result.Add(share[i] && instances?.Count == descriptors.Count && instances[i] is { } instance
                    ? new ServiceDescriptor(group.Key, instance)
                    : descriptors[i]);
            }
        }

        return result;
    }

    /// <summary>The tenant registers these itself (CoreStartup), with its own keys and names.</summary>
    private static bool IsDropped(ServiceDescriptor d) =>
        IsTenantOwned(d.ServiceType) || (!d.IsKeyedService && d.ImplementationType is { } t && IsTenantOwned(t));

    private static bool IsShareable(ServiceDescriptor d, HashSet<Type> dependsOnTenant) =>
        d.Lifetime == ServiceLifetime.Singleton
        && !d.IsKeyedService
        && !d.ServiceType.IsGenericTypeDefinition
        && d.ImplementationInstance is null
        && !dependsOnTenant.Contains(d.ServiceType);

    private static bool IsTenantOwned(Type type) => InNamespaces(type, TenantOwnedNamespaces);

    private static bool IsKeyed(Type type) => InNamespaces(type, KeyedNamespaces);

    private static bool InNamespaces(Type type, string[] namespaces)
    {
        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            // IOptions<AntiforgeryOptions> and the like follow their argument.
            return InNamespaces(type.GetGenericTypeDefinition(), namespaces) || type.GetGenericArguments().Any(t => InNamespaces(t, namespaces));
        }

        if (TenantOwnedTypes.Contains(type))
        {
            return true;
        }

        var ns = type.Namespace ?? "";
        return namespaces.Any(n => ns.StartsWith(n, StringComparison.Ordinal));
    }

    /// <summary>Service types whose singleton implementation needs, transitively, a tenant-owned service.</summary>
    private static HashSet<Type> DependantsOf(HashSet<Type> sources, List<ServiceDescriptor> all)
    {
        var tainted = new HashSet<Type>(sources);
        var constructorNeeds = all
            .Where(d => !d.IsKeyedService && d.ImplementationType is not null && !d.ServiceType.IsGenericTypeDefinition)
            .Select(d => (d.ServiceType, Needs: Parameters(d.ImplementationType!)))
            .ToList();

        bool changed;
        do
        {
            changed = false;
            foreach (var (service, needs) in constructorNeeds)
            {
                if (!tainted.Contains(service) && needs.Any(n => tainted.Contains(n) || IsKeyed(n) || IsEnumerableOf(n, tainted)))
                {
                    tainted.Add(service);
                    changed = true;
                }
            }
        }
        while (changed);

        return tainted;
    }

    private static bool IsEnumerableOf(Type type, HashSet<Type> tainted) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>) && tainted.Contains(type.GetGenericArguments()[0]);

    private static Type[] Parameters(Type implementation) =>
        [.. implementation.GetConstructors(BindingFlags.Public | BindingFlags.Instance)
            .SelectMany(c => c.GetParameters())
            .Select(p => p.ParameterType)
            .Where(t => t != typeof(IServiceProvider))];
}
