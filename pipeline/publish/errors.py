"""What can stop a publication; in every case the package at the destination is untouched."""


class PublishError(Exception):
    """The package could not be published; the one at the destination is untouched."""


class DestinationError(PublishError):
    """`--out` is not a place a package may be published; nothing was written or deleted."""
