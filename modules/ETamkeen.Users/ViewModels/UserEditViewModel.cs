using System.ComponentModel.DataAnnotations;

namespace ETamkeen.Users.ViewModels;

public sealed class UserEditViewModel
{
    /// <summary>Null when creating.</summary>
    public string? UserId { get; set; }

    [Required(ErrorMessage = "Enter a user name.")]
    [StringLength(100, ErrorMessage = "A user name has at most 100 characters.")]
    [Display(Name = "User name")]
    public string? UserName { get; set; }

    [Required(ErrorMessage = "Enter an e-mail address.")]
    [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
    [Display(Name = "E-mail")]
    public string? Email { get; set; }

    [DataType(DataType.Password)]
    [Display(Name = "Password")]
    public string? Password { get; set; }

    [Display(Name = "Enabled")]
    public bool IsEnabled { get; set; } = true;

    public List<string> Roles { get; set; } = [];

    /// <summary>Shown, not posted: the roles a user can be given.</summary>
    public IReadOnlyList<string> AvailableRoles { get; set; } = [];

    public bool IsLockedOut { get; set; }

    public bool Unlock { get; set; }
}
