using ETamkeen.Modules;
using ETamkeen.Security;
using ETamkeen.Shells;
using ETamkeen.Trainings.Activities;
using ETamkeen.Trainings.Endpoints;
using ETamkeen.Trainings.Indexes;
using ETamkeen.Trainings.Migrations;
using ETamkeen.Trainings.Services;
using ETamkeen.Workflows.Activities;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ETamkeen.Trainings;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddScoped<IShellActivationHandler, TrainingsContentDefinitionMigrations>();
        services.AddIndexProvider<TrainingIndexProvider>();
        services.AddIndexProvider<TrainingSessionIndexProvider>();

        services.AddSingleton<SessionGate>();
        services.AddSingleton<RegistrationThrottle>();
        services.AddScoped<ProgrammeCalendar>();
        services.AddScoped<SessionCatalog>();
        services.AddScoped<ParticipantStore>();
        services.AddScoped<ParticipantValidator>();
        services.AddScoped<RegistrationStore>();
        services.AddScoped<FocalPointStore>();
        services.AddScoped<RegistrationEvents>();
        services.AddScoped<RegistrationService>();
        services.AddScoped<RegistrationQueries>();
        services.AddScoped<TrainingCatalog>();
        // Public pages: catalogue, calendar, session pages, "my trainings", iCalendar.
        services.AddScoped<TrainingSchedule>();
        services.AddScoped<TrainingCatalogueQuery>();
        services.AddScoped<TrainingCalendarQuery>();
        services.AddScoped<TrainingSessionPageQuery>();
        services.AddScoped<AdministrationDirectory>();
        services.AddScoped<AttendanceStore>();
        services.AddScoped<AttendanceImport>();
        services.AddScoped<AttendanceAccess>();
        services.AddScoped<TrainingExportContext>();
        services.AddScoped<TrainingExportWriter>();

        services.AddActivity<TrainingRegistrationEvent>();
        services.AddActivity<DecideTrainingRegistrationTask>();
        // Evaluations (hot, cold, reminders, low-score alert) and certificates.
        services.AddTrainingEvaluations();

        services.AddScoped<Navigation.INavigationProvider, AdminMenu>();
        services.AddPermissionProvider<Permissions>();
    }

    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider serviceProvider)
    {
        routes.MapTrainingsApi();
        routes.MapTrainingCalendarApi();
        routes.MapTrainingExportApi();
    }
}
