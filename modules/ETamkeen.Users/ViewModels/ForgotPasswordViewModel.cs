using System.ComponentModel.DataAnnotations;

namespace ETamkeen.Users.ViewModels;

public sealed class ForgotPasswordViewModel
{
    [Required(ErrorMessage = "Enter your e-mail address.")]
    [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
    [Display(Name = "E-mail")]
    public string? Email { get; set; }
}
