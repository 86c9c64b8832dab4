import { router } from '../../trpc/procedures.js';
import { acceptInvitation } from './acceptInvitation.js';
import { invitationPreview } from './invitationPreview.js';
import { me } from './me.js';
import { redeemLink } from './redeemLink.js';
import { requestPasswordReset } from './requestPasswordReset.js';
import { resetPassword } from './resetPassword.js';
import { setLanguage } from './setLanguage.js';
import { signIn } from './signIn.js';
import { signOut } from './signOut.js';
import { signOutEverywhere } from './signOutEverywhere.js';
import { switchOrganization } from './switchOrganization.js';

export const authRouter = router({
  me,
  signIn,
  signOut,
  signOutEverywhere,
  requestPasswordReset,
  resetPassword,
  invitationPreview,
  acceptInvitation,
  switchOrganization,
  setLanguage,
  redeemLink,
});
