import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { db } from '../../storage/db';
import { addFeedback } from '../../storage/feedback';
import { recordOrdersSeen } from '../../storage/orders-repo';
import { forgetTab, saveFrameNumbers, saveTabState } from '../../storage/tab-state';
import { armJobsAlarm, JOBS_ALARM, runDueJobs, scheduleReminder } from './jobs';
import { openOrderHelper } from './open-order';
import { recordCall } from './record-call';
import { enableSiteNumbers } from './site-numbers';
import { routeMessage, type RouterDeps } from './router';

export default defineBackground(() => {
  const deps: RouterDeps = {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/').replace(/\/$/, ''),
    onOpenOrder: openOrderHelper,
    onNumbers: ({ tabId, frameId, url, numbers }) => saveFrameNumbers(tabId, frameId, url, numbers),
    onFeedback: (feedback) => addFeedback(feedback),
    onPageMessage(message) {
      switch (message.type) {
        case 'call/record':
          return recordCall(db(), message);
        case 'reminder/set':
          return scheduleReminder(db(), message);
        case 'numbers/enable-site':
          return enableSiteNumbers(message);
      }
    },
    async onDetected({ tabId, url, title, detection }) {
      await saveTabState({ tabId, url, title, detection, at: Date.now() });
      if (detection.detected) await recordOrdersSeen(db(), detection.platform, detection.orders, url);
    },
  };

  // sendResponse + `return true` rather than a returned promise: works in every Chrome and Firefox.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    routeMessage(message, sender, deps).then(sendResponse, (error: unknown) =>
      sendResponse({ ok: false, error: String(error) }),
    );
    return true;
  });

  // A new document in the tab makes the last report stale; its content script reports afresh.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') forgetTab(tabId).catch(console.error);
  });
  // The job queue's one alarm: set again at every start, since the worker may have been killed.
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === JOBS_ALARM) runDueJobs(db()).catch(console.error);
  });
  armJobsAlarm(db()).catch(console.error);

  browser.tabs.onRemoved.addListener((tabId) => {
    forgetTab(tabId).catch(console.error);
  });
});
