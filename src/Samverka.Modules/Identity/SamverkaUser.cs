using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Samverka.Modules.Identity;

/// <summary>A person who signs in. Belongs to exactly one organisation: the tenant whose data the user works with.</summary>
public class SamverkaUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    public Guid OrganisationId { get; set; }
}

internal sealed class SamverkaUserConfiguration : IEntityTypeConfiguration<SamverkaUser>
{
    public void Configure(EntityTypeBuilder<SamverkaUser> user)
    {
        user.Property(u => u.DisplayName).HasMaxLength(200);
        // The foreign key to the user's organisation is mapped from the Organisations side (an organisation has users),
        // so that this building block does not reach into a module.
        user.HasIndex(u => u.OrganisationId);
    }
}
