/// The CI files `casebook init` writes: on GitHub, a check of every pull request (its
/// problems as annotations on the lines) and the site published to GitHub Pages from main;
/// on GitLab, the same two jobs. casebook is built from its source, whose git address the
/// repository gives once (`CASEBOOK_GIT`, a CI variable), so every archive pins its own.
enum InitWorkflows {
    /// The steps that put `casebook` on the PATH of a GitHub job (the `swift` image).
    static let githubSetup = """
              - name: Build casebook
                env:
                  # Pull requests from forks get no repository variables: for them, write
                  # casebook's git address here in place of ''.
                  CASEBOOK_GIT: ${{ vars.CASEBOOK_GIT || '' }}
                  CASEBOOK_REF: ${{ vars.CASEBOOK_REF || 'main' }}
                run: |
                  if [ -z "$CASEBOOK_GIT" ]; then
                    echo "::error::Set the repository variable CASEBOOK_GIT (Settings, Secrets and variables, Actions, Variables) to the git address of casebook, or write it in this workflow (pull requests from forks get no repository variables)"
                    exit 1
                  fi
                  apt-get update && apt-get install -y libcmark-dev pkg-config git
                  # The checkout belongs to the runner's user, not to the container's root:
                  # without this, git refuses the repository and pages have no history.
                  git config --global --add safe.directory "$GITHUB_WORKSPACE"
                  git clone --depth 1 --branch "$CASEBOOK_REF" "$CASEBOOK_GIT" /tmp/casebook
                  swift build -c release --product casebook --package-path /tmp/casebook
                  echo "/tmp/casebook/.build/release" >> "$GITHUB_PATH"
        """

    static let githubCheck = """
        # Checks every pull request: each problem is shown on its line of the changed file.
        # casebook comes from the git address in the repository variable CASEBOOK_GIT
        # (and the branch or tag in CASEBOOK_REF, main by default).
        name: Check the archive

        on:
          pull_request:
          push:
            branches: [main]

        jobs:
          check:
            runs-on: ubuntu-latest
            container: swift:6.1
            steps:
              - uses: actions/checkout@v4
        \(githubSetup)
              - name: Check content and theme
                run: casebook check --format github

        """

    static let githubPublish = """
        # Builds the site from main and publishes it to GitHub Pages. In the repository's
        # settings, under Pages, choose "GitHub Actions" as the source, and set base_url in
        # content/site.yml to the address Pages gives. See docs/deploying.md of casebook.
        name: Publish the archive

        on:
          push:
            branches: [main]
          workflow_dispatch:

        permissions:
          contents: read
          pages: write
          id-token: write

        concurrency:
          group: pages
          cancel-in-progress: false

        jobs:
          build:
            runs-on: ubuntu-latest
            container: swift:6.1
            steps:
              - uses: actions/checkout@v4
                with:
                  fetch-depth: 0
              - uses: actions/cache@v4
                with:
                  path: .git/casebook-history
                  key: casebook-history-${{ github.sha }}
                  restore-keys: casebook-history-
        \(githubSetup)
              - name: Build the site
                run: casebook build --output public
              - uses: actions/upload-pages-artifact@v3
                with:
                  path: public

          deploy:
            needs: build
            runs-on: ubuntu-latest
            environment:
              name: github-pages
              url: ${{ steps.deployment.outputs.page_url }}
            steps:
              - id: deployment
                uses: actions/deploy-pages@v4

        """

    static let gitlab = """
        # Checks every merge request and publishes the site from the default branch to GitLab
        # Pages. casebook comes from the git address in the CI/CD variable CASEBOOK_GIT (and
        # the branch or tag in CASEBOOK_REF, main by default). See docs/deploying.md of casebook.
        default:
          image: swift:6.1
          before_script:
            - test -n "$CASEBOOK_GIT" || { echo "Set the CI/CD variable CASEBOOK_GIT to the git address of casebook"; exit 1; }
            - apt-get update && apt-get install -y libcmark-dev pkg-config git
            - git config --global --add safe.directory "$CI_PROJECT_DIR"
            - git clone --depth 1 --branch "${CASEBOOK_REF:-main}" "$CASEBOOK_GIT" /tmp/casebook
            - swift build -c release --product casebook --package-path /tmp/casebook
            - export PATH="/tmp/casebook/.build/release:$PATH"

        check:
          script:
            - casebook check
          rules:
            - if: $CI_PIPELINE_SOURCE == "merge_request_event"
            - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH

        pages:
          variables:
            GIT_DEPTH: 0
          cache:
            key: casebook-history
            paths: [.git/casebook-history]
          script:
            - casebook build --output public
          artifacts:
            paths: [public]
          rules:
            - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH

        """
}
