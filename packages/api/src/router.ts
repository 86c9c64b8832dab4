import { adoptionRouter } from './routers/adoption/router.js';
import { authRouter } from './routers/auth/router.js';
import { campaignsRouter } from './routers/campaigns/router.js';
import { documentsRouter } from './routers/documents/router.js';
import { homeRouter } from './routers/home/router.js';
import { invitationsRouter } from './routers/invitations/router.js';
import { myPolicyRouter } from './routers/myPolicy/router.js';
import { organizationsRouter } from './routers/organizations/router.js';
import { outboxRouter } from './routers/outbox/router.js';
import { peopleRouter } from './routers/people/router.js';
import { policyRouter } from './routers/policy/router.js';
import { reviewRouter } from './routers/review/router.js';
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
});

export type AppRouter = typeof appRouter;
