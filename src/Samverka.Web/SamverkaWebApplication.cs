using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Samverka.Data;
using Samverka.Modules;
using Samverka.Web.Api;
using Samverka.Web.Health;
using Samverka.Web.Localization;
using Samverka.Web.Security;
using Samverka.Web.Startup;

namespace Samverka.Web;

/// <summary>The whole web app: services, then the request pipeline, then the endpoints by area.</summary>
public static class SamverkaWebApplication
{
    /// <summary>The address used when no URL is configured (<c>--urls</c>, <c>ASPNETCORE_URLS</c>, Kestrel endpoints).</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <param name="args">Command-line arguments, e.g. <c>--urls http://127.0.0.1:0 --ConnectionStrings:Samverka="Data Source=x.db"</c>.</param>
    /// <param name="configure">Last changes to the builder before it is built (tests replace services here).</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // The application name is this assembly's, so that Razor Pages are found when a test assembly is the entry point.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(SamverkaWebApplication).Assembly.GetName().Name,
        });
        builder.UseDefaultUrlWhenNoneConfigured(DefaultUrl);
        builder.Logging.AddSimpleConsole(o => { o.IncludeScopes = true; o.SingleLine = true; o.TimestampFormat = "yyyy-MM-dd HH:mm:ss "; });
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning).AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

        // Data and modules
        builder.Services.AddSamverkaData(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddSamverkaModules();
        builder.Services.AddSamverkaDataProtection();

        // Who may do what
        builder.Services.AddSamverkaIdentity(builder.Configuration);
        builder.Services.AddSamverkaAuthorization();

        // Pages, API, health
        builder.Services.AddSamverkaLocalization();
        builder.Services.AddRazorPages();
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All)); // å, ä, ö as written
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ApiExceptionHandler>();
        builder.Services.AddExceptionHandler<PageExceptionHandler>();
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        builder.Services.AddOpenApi();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);

        configure?.Invoke(builder);
        var app = builder.Build();

        // Pipeline
        // A page's 4xx/5xx without a body of its own (an unknown address, a 404 from a handler) gets the status page.
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), pages => pages.UseStatusCodePagesWithReExecute("/error/{0}"));
        app.UseExceptionHandler("/error");
        app.UseSecurityHeaders();
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages()); // 401/403/404 as ProblemDetails
        app.UseSamverkaStaticFiles();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseUserLogScope();

        // Endpoints
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        app.MapRazorPages();
        app.MapOrganisationsApi();
        app.MapCompensationApi();
        app.MapFosterCareApi();
        app.MapGrantsApi();
        app.MapPartnershipsApi();
        app.MapGrantNewsApi();
        app.MapGrantPaymentsApi();
        return app;
    }
}
