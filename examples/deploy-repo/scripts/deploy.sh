#!/bin/sh
# The team's deploy command. gitops runs it once per changed service with:
#   GITOPS_SERVICE, GITOPS_VERSION, GITOPS_ENVIRONMENT, GITOPS_DESCRIPTOR (a JSON file holding
#   the normalised descriptor) and GITOPS_DEPLOY_REASON (deploy or rollback). No shell ever sees
#   descriptor values as code: they stay in the environment and in that file, always quoted.
set -eu

if [ -n "${GITOPS_DEMO_RUNTIME:-}" ]; then
  # `npm run demo` and the end-to-end tests: run the release as a process on this machine.
  exec node "$(dirname "$0")/deploy-local.mjs"
fi

# Replace this with the team's real deploy: kubectl apply, helm upgrade --install, a call to the
# platform's API… It must exit non-zero when the deploy fails, so gitops rolls back.
echo "deploying ${GITOPS_SERVICE}@${GITOPS_VERSION} to ${GITOPS_ENVIRONMENT}"
