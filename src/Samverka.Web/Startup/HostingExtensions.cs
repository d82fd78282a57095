using Microsoft.Extensions.FileProviders;
using Samverka.Web.Security;

namespace Samverka.Web.Startup;

public static class HostingExtensions
{
    /// <summary>Listens on <paramref name="url"/> unless an address is configured some other way.</summary>
    public static void UseDefaultUrlWhenNoneConfigured(this WebApplicationBuilder builder, string url)
    {
        var c = builder.Configuration;
        var configured = !string.IsNullOrEmpty(c["urls"]) || !string.IsNullOrEmpty(c["http_ports"]) || !string.IsNullOrEmpty(c["https_ports"])
                         || c.GetSection("Kestrel:Endpoints").GetChildren().Any();
        if (!configured) builder.WebHost.UseUrls(url);
    }

    /// <summary>Serves wwwroot from resources embedded in this assembly, so the app finds its CSS and scripts whatever
    /// its content root is (tests start it from their own folder). Served before authorisation: static assets are public.</summary>
    public static void UseSamverkaStaticFiles(this WebApplication app) =>
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new EmbeddedFileProvider(typeof(SamverkaWebApplication).Assembly, "Samverka.Web.wwwroot"),
            OnPrepareResponse = c => c.Context.Response.Headers.CacheControl = "public, max-age=3600",
        });

    /// <summary>Adds the signed-in user and organisation to every log line of the request.</summary>
    public static void UseUserLogScope(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Samverka.Requests");
        app.Use(async (context, next) =>
        {
            if (context.User.Identity?.IsAuthenticated != true) { await next(); return; }
            using (logger.BeginScope(new Dictionary<string, object?>
                   {
                       ["User"] = context.User.Identity.Name,
                       ["OrganisationId"] = context.User.FindFirst(SamverkaClaims.OrganisationId)?.Value,
                   }))
            {
                await next();
            }
        });
    }
}
