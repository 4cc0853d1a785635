using ETamkeen.Trainings.Activities;
using ETamkeen.Workflows.Activities;
using Microsoft.Extensions.DependencyInjection;

namespace ETamkeen.Trainings.Services;

/// <summary>Registers evaluations and certificates: their stores, rules, links, e-mails, PDF and workflow activities.</summary>
public static class EvaluationServices
{
    public static IServiceCollection AddTrainingEvaluations(this IServiceCollection services)
    {
        services.AddOptions<EvaluationOptions>().BindConfiguration(EvaluationOptions.Section);
        services.AddScoped<EvaluationStore>();
        services.AddScoped<EvaluationAttendance>();
        services.AddScoped<EvaluationLinks>();
        services.AddScoped<EvaluationMail>();
        services.AddScoped<EvaluationDispatcher>();
        services.AddScoped<EvaluationEvents>();
        services.AddScoped<EvaluationService>();
        services.AddScoped<EvaluationReport>();
        services.AddScoped<CertificateStore>();
        services.AddScoped<CertificateService>();
        services.AddScoped<CertificatePdf>();
        services.AddActivity<TrainingEvaluationSubmittedEvent>();
        services.AddActivity<SendDueTrainingEvaluationsTask>();
        return services;
    }
}
