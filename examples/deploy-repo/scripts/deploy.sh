#!/bin/sh
# The team's deploy command. gitops runs it once per changed service with:
#   GITOPS_SERVICE, GITOPS_VERSION, GITOPS_ENVIRONMENT, and GITOPS_DESCRIPTOR (a JSON file
#   holding the normalised descriptor). No shell ever sees descriptor values as code.
set -eu
echo "deploying ${GITOPS_SERVICE}@${GITOPS_VERSION} to ${GITOPS_ENVIRONMENT}"
