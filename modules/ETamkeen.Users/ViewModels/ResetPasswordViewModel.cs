using System.ComponentModel.DataAnnotations;

namespace ETamkeen.Users.ViewModels;

public sealed class ResetPasswordViewModel
{
    public string? User { get; set; }

    public string? Code { get; set; }

    [Required(ErrorMessage = "Enter a new password.")]
    [DataType(DataType.Password)]
    [Display(Name = "New password")]
    public string? Password { get; set; }

    [Compare(nameof(Password), ErrorMessage = "The two passwords differ.")]
    [DataType(DataType.Password)]
    [Display(Name = "New password again")]
    public string? ConfirmPassword { get; set; }
}
