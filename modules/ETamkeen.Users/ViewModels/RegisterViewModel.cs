using System.ComponentModel.DataAnnotations;

namespace ETamkeen.Users.ViewModels;

public sealed class RegisterViewModel
{
    [Required(ErrorMessage = "Enter a user name.")]
    [StringLength(100, ErrorMessage = "A user name has at most 100 characters.")]
    [Display(Name = "User name")]
    public string? UserName { get; set; }

    [Required(ErrorMessage = "Enter your e-mail address.")]
    [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
    [Display(Name = "E-mail")]
    public string? Email { get; set; }

    [Required(ErrorMessage = "Enter a password.")]
    [DataType(DataType.Password)]
    [Display(Name = "Password")]
    public string? Password { get; set; }

    [Compare(nameof(Password), ErrorMessage = "The two passwords differ.")]
    [DataType(DataType.Password)]
    [Display(Name = "Password again")]
    public string? ConfirmPassword { get; set; }
}
