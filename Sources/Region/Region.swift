/// Regional dashboard and trends over periods.
public enum Region {}
