using System.Net;
using System.Net.Mail;
using System.Text;
using Microsoft.Extensions.Configuration;

namespace Samverka.Modules.Grants.News;

/// <summary>Sends grant news through the SMTP server of the <c>Smtp</c> configuration section (<c>Host</c>, <c>Port</c>
/// (25), <c>From</c>, <c>EnableSsl</c>, <c>UserName</c>, <c>Password</c>), read at each send so that a changed setting
/// takes effect without a restart. Without a host, nothing is sent.</summary>
public sealed class GrantNewsMail(IConfiguration configuration)
{
    public const string DefaultFrom = "noreply@samverka.local";

    /// <summary>Whether an SMTP host is configured.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(configuration["Smtp:Host"]);

    /// <summary>Sends one plain-text message in UTF-8 to one recipient.</summary>
    /// <exception cref="SmtpException">The server refused or could not be reached.</exception>
    public async Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken)
    {
        var section = configuration.GetSection("Smtp");
        var host = section["Host"] ?? throw new InvalidOperationException("No SMTP host is configured.");
        var port = int.TryParse(section["Port"], out var p) ? p : 25;
        using var message = new MailMessage(new MailAddress(section["From"] is { Length: > 0 } from ? from : DefaultFrom, "Samverka"), new MailAddress(to))
        {
            Subject = subject,
            SubjectEncoding = Encoding.UTF8,
            Body = body,
            BodyEncoding = Encoding.UTF8,
            BodyTransferEncoding = System.Net.Mime.TransferEncoding.Base64,
            IsBodyHtml = false,
        };
        using var client = new SmtpClient(host, port)
        {
            EnableSsl = bool.TryParse(section["EnableSsl"], out var ssl) && ssl,
            DeliveryMethod = SmtpDeliveryMethod.Network,
            Timeout = 15_000,
        };
        if (section["UserName"] is { Length: > 0 } user) client.Credentials = new NetworkCredential(user, section["Password"]);
        await client.SendMailAsync(message, cancellationToken);
    }
}
