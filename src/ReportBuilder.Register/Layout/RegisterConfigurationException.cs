namespace ReportBuilder.Register.Layout;

/// <summary>A configuration value the register layout cannot use; Key is the full configuration key.</summary>
public sealed class RegisterConfigurationException(string key, string message) : Exception(message)
{
    public string Key { get; } = key;
}
