import { adoptionRouter } from './routers/adoption/router.js';
import { authRouter } from './routers/auth/router.js';
import { campaignsRouter } from './routers/campaigns/router.js';
import { caseReportsRouter } from './routers/caseReports/router.js';
import { documentsRouter } from './routers/documents/router.js';
import { homeRouter } from './routers/home/router.js';
import { invitationsRouter } from './routers/invitations/router.js';
import { monitoringRouter } from './routers/monitoring/router.js';
import { myPolicyRouter } from './routers/myPolicy/router.js';
import { myTrainingRouter } from './routers/myTraining/router.js';
import { organizationsRouter } from './routers/organizations/router.js';
import { outboxRouter } from './routers/outbox/router.js';
import { peopleRouter } from './routers/people/router.js';
import { policyRouter } from './routers/policy/router.js';
import { reviewRouter } from './routers/review/router.js';
import { trainingRouter } from './routers/training/router.js';
import { trainingSessionsRouter } from './routers/trainingSessions/router.js';
import { unitsRouter } from './routers/units/router.js';
import { verifyRouter } from './routers/verify/router.js';
import { router } from './trpc/procedures.js';

export const appRouter = router({
  auth: authRouter,
  organizations: organizationsRouter,
  units: unitsRouter,
  people: peopleRouter,
  invitations: invitationsRouter,
  outbox: outboxRouter,
  home: homeRouter,
  documents: documentsRouter,
  verify: verifyRouter,
  policy: policyRouter,
  review: reviewRouter,
  adoption: adoptionRouter,
  myPolicy: myPolicyRouter,
  campaigns: campaignsRouter,
  monitoring: monitoringRouter,
  caseReports: caseReportsRouter,
  training: trainingRouter,
  trainingSessions: trainingSessionsRouter,
  myTraining: myTrainingRouter,
});

export type AppRouter = typeof appRouter;
