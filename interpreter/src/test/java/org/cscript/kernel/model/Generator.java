package org.cscript.kernel.model;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** The step lists of {@link KernelModelPropertyTest}: entries drawn by weight, most tries along a recipe. */
final class Generator {
    /**
     * The recipes a focused try follows: operation chains in the order they build on each other
     * (an fs context is configured, created, mounted, moved; a container is set up, started,
     * its init dies, it is waited for; keys are added, requested, attached). Each names the
     * entries of {@link ModelOps#ALL}; a clone (maybe into a new user namespace) gives the EPERM
     * paths a holder of the handles without privilege over them.
     */
    static final List<List<String>> RECIPES = List.of(
            List.of("container_create", "fsopen", "fsconfig", "fsconfig", "fsmount", "move_mount", "ns_open", "clone",
                    "fsconfig_container", "fsconfig_container", "fsconfig"),
            List.of("container_create", "container_allow_device", "mknodat", "container_mount", "mkdirat",
                    "container_chroot", "container_bind_mount_across", "fork_into_container", "openat", "openat",
                    "container_socket"),
            List.of("container_create", "fork_into_container", "exit", "container_wait", "poll", "container_kill",
                    "unshare", "clone"),
            List.of("container_create", "add_key", "add_key", "request_key", "keyctl_set_container_keyring",
                    "container_add_key", "keyq_create", "request_key", "keyq_read"),
            // the container policy proposal (a boot with container.policy = on): attach, start, be denied
            List.of("container_create", "container_set_policy", "fork_into_container", "container_policy",
                    "container_set_policy", "container_policy", "clone", "container_policy"));

    private Generator() {
    }

    /**
     * A try's steps, each an entry drawn by weight with random picks. Two tries in three also
     * follow one of the {@link #RECIPES}: every other step, on average, is the recipe's next
     * operation (cycling), so that the chains the set-up and key operations need occur within
     * one try; the picks stay random, and shrinking drops the recipe steps a failure does not need.
     */
    static List<Step> generate(SplittableRandom r, int maxSteps) {
        int recipe = r.nextInt(RECIPES.size() * 3 / 2);
        List<ModelOps.Op> chain = recipe < RECIPES.size() ? RECIPES.get(recipe).stream().map(ModelOps::named).toList()
                : List.of();
        int total = 0;
        for (ModelOps.Op op : ModelOps.ALL) {
            total += op.weight();
        }
        int n = 1 + r.nextInt(maxSteps);
        int next = 0;
        List<Step> steps = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ModelOps.Op chosen;
            if (!chain.isEmpty() && r.nextBoolean()) {
                chosen = chain.get(next++ % chain.size());
            } else {
                int x = r.nextInt(total);
                int k = 0;
                while (x >= ModelOps.ALL.get(k).weight()) {
                    x -= ModelOps.ALL.get(k++).weight();
                }
                chosen = ModelOps.ALL.get(k);
            }
            steps.add(new Step(chosen, r.nextInt(Step.PICKS), r.nextInt(Step.PICKS), r.nextInt(Step.PICKS)));
        }
        return steps;
    }
}
