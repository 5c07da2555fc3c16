#include "apifailure.h"

QString ApiFailure::describe() const
{
    switch (kind) {
    case Kind::Network:
        return tr("The server cannot be reached (%1). Check the address and the network.").arg(message);
    case Kind::Tls:
        return tr("The server's certificate is not trusted: %1").arg(sslErrors.join(QStringLiteral("; ")));
    case Kind::Timeout:
        return tr("The server did not answer in time.");
    case Kind::Unauthorized:
        return tr("The token was not accepted. It may be wrong or revoked.");
    case Kind::Forbidden:
        return tr("Your role does not allow this.");
    case Kind::NotFound:
        return tr("It no longer exists (someone may have changed it meanwhile).");
    case Kind::Validation:
        return field.isEmpty() ? tr("The server refused the data: %1").arg(message)
                               : tr("Please check \"%1\": %2").arg(field, message);
    case Kind::Conflict:
        return tr("Not possible: %1").arg(message);
    case Kind::TooLarge:
        return tr("The request is too large.");
    case Kind::Server:
        return tr("The server had a problem (HTTP %1). Please try again.").arg(httpStatus);
    case Kind::Cancelled:
        return tr("Cancelled.");
    }
    return message;
}
