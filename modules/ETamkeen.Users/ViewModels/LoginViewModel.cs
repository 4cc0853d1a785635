using System.ComponentModel.DataAnnotations;

namespace ETamkeen.Users.ViewModels;

public sealed class LoginViewModel
{
    [Required(ErrorMessage = "Enter your user name or e-mail address.")]
    [Display(Name = "User name or e-mail")]
    public string? UserName { get; set; }

    [Required(ErrorMessage = "Enter your password.")]
    [DataType(DataType.Password)]
    [Display(Name = "Password")]
    public string? Password { get; set; }

    public string? ReturnUrl { get; set; }
}
